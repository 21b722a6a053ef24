package io.github.lakefsspring.embedded.fidelity;

import io.github.lakefsspring.embedded.junit.LakeFSTarget;
import io.lakefs.clients.sdk.ApiException;

/**
 * Fidelity helpers other suites share: a fresh repository on a target, made with the official SDK.
 */
public final class SdkAccess {

    private SdkAccess() {
    }

    /**
     * @param target the lakeFS
     * @param hint a readable part of the id
     * @return the id of a new repository with a unique namespace
     * @throws ApiException when lakeFS refuses
     */
    public static String newRepository(LakeFSTarget target, String hint) throws ApiException {
        return new SdkClients(target).newRepository(hint);
    }

}
