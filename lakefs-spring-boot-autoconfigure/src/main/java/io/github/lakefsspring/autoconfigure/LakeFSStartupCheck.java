package io.github.lakefsspring.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSException;
import io.github.lakefsspring.client.LakeFSNetworkException;
import io.github.lakefsspring.client.LakeFSServerException;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.log.LogMessage;

/**
 * Fails the application's startup when lakeFS cannot be reached or refuses the credentials, instead of at the
 * first call: one authenticated call once every singleton exists. Switched on by {@code lakefs.startup-check=true}.
 *
 * @since 0.1.0
 */
public class LakeFSStartupCheck implements SmartInitializingSingleton {

    private static final Log logger = LogFactory.getLog(LakeFSStartupCheck.class);

    private final LakeFSClient client;

    public LakeFSStartupCheck(LakeFSClient client) {
        this.client = client;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String endpoint = this.client.settings().apiEndpoint().toString();
        String user;
        try {
            user = this.client.server().currentUser().id();
        }
        catch (LakeFSNetworkException ex) {
            throw new LakeFSConfigurationException("lakefs.startup-check: lakeFS at " + endpoint
                    + " cannot be used: " + ex.getMessage(), "Check that lakeFS runs at " + endpoint
                    + " (lakefs.endpoint, or LAKECTL_SERVER_ENDPOINT_URL), or set lakefs.startup-check=false to "
                    + "start without it.", ex);
        }
        catch (LakeFSServerException ex) {
            boolean refused = ex.status() == 401 || ex.status() == 403;
            throw new LakeFSConfigurationException("lakefs.startup-check: lakeFS at " + endpoint
                    + (refused ? " refused the credentials (" + this.client.settings().credentials() + "): " : " answered ")
                    + ex.status() + " " + ex.serverMessage(), refused
                            ? "Check lakefs.access-key-id and lakefs.secret-access-key (or the lakectl credentials)."
                            : "Check lakefs.endpoint: it must name lakeFS's address, e.g. http://localhost:8000.",
                    ex);
        }
        catch (LakeFSException ex) {
            throw new LakeFSConfigurationException("lakefs.startup-check: lakeFS at " + endpoint + " cannot be used: "
                    + ex.getMessage(), "Check lakefs.endpoint and the credentials.", ex);
        }
        logger.info(LogMessage.format("lakeFS at %s accepts the credentials of %s", endpoint, user));
    }

}
