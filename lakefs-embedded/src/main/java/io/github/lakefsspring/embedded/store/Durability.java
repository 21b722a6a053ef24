package io.github.lakefsspring.embedded.store;

/**
 * How far an acknowledged write is guaranteed to survive.
 */
public enum Durability {

    /**
     * Acknowledged writes survive the process being killed at any moment (the default): every operation is
     * written to the file system before it is acknowledged, but not forced to the device, so a power loss
     * can lose the last writes (never half of one).
     */
    PROCESS,

    /**
     * Acknowledged writes also survive a power loss: metadata and object bytes are forced to the device
     * ({@code fsync}) before an operation is acknowledged. Slower; concurrent writes share each sync.
     */
    FSYNC
}
