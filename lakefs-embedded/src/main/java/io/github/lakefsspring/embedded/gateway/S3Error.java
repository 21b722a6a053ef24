package io.github.lakefsspring.embedded.gateway;

/**
 * An S3 error answer: HTTP status, S3 code and message, rendered as S3's XML error body.
 */
final class S3Error extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    private final String code;

    private boolean closesConnection;

    S3Error(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return this.status;
    }

    String code() {
        return this.code;
    }

    /** Marks an error answered before the request body was read: the connection is closed, not drained. */
    S3Error closingConnection() {
        this.closesConnection = true;
        return this;
    }

    boolean closesConnection() {
        return this.closesConnection;
    }

    static S3Error noSuchBucket() {
        return new S3Error(404, "NoSuchBucket", "The specified bucket does not exist");
    }

    static S3Error noSuchKey() {
        return new S3Error(404, "NoSuchKey", "The specified key does not exist.");
    }

    static S3Error signatureMismatch() {
        return new S3Error(403, "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided. Check your key and "
                        + "signing method.");
    }

    static S3Error accessDenied(String message) {
        return new S3Error(403, "AccessDenied", message);
    }

    static S3Error malformedXml() {
        return new S3Error(400, "MalformedXML", "The XML you provided was not well-formed or did not validate against "
                + "our published schema.");
    }

    static S3Error invalidArgument(String message) {
        return new S3Error(400, "InvalidArgument", message);
    }

    static S3Error notImplemented() {
        return new S3Error(501, "NotImplemented", "A header you provided implies functionality that is not implemented");
    }

    String toXml(String resource, String requestId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + Xml.escape(this.code) + "</Code><Message>"
                + Xml.escape(getMessage()) + "</Message><Resource>" + Xml.escape(resource) + "</Resource><RequestId>"
                + requestId + "</RequestId></Error>";
    }

}
