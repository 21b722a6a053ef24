package io.github.lakefsspring.autoconfigure;

/**
 * lakeFS is not configured in a usable way: reported at startup, with what to do about it, by
 * {@link LakeFSConfigurationFailureAnalyzer}.
 *
 * @since 0.1.0
 */
public class LakeFSConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String action;

    /**
     * @param description what is wrong, naming the offending value or the places looked at
     * @param action what the user should do
     */
    public LakeFSConfigurationException(String description, String action) {
        super(description);
        this.action = action;
    }

    /**
     * @param description what is wrong, naming the offending value or the places looked at
     * @param action what the user should do
     * @param cause the underlying failure
     */
    public LakeFSConfigurationException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /** @return what the user should do */
    public String getAction() {
        return this.action;
    }

}
