package io.github.lakefsspring.embedded.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Requests written byte by byte on a socket, for what well-behaved clients never send: a declared length the body
 * does not have, a body that never ends, a request that stalls half-way.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;

    private final OutputStream out;

    RawHttp(URI endpoint) throws IOException {
        this.socket = new Socket(endpoint.getHost(), endpoint.getPort());
        this.socket.setSoTimeout(20_000);
        this.out = this.socket.getOutputStream();
    }

    static String basic(String accessKeyId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((accessKeyId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the request line and headers (each {@code "Name: value"}), and no body yet. */
    RawHttp head(String method, String target, String... headers) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        this.out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        this.out.flush();
        return this;
    }

    /** Sends body bytes; false when the server has stopped reading and closed the connection. */
    boolean send(byte[] bytes) {
        try {
            this.out.write(bytes);
            this.out.flush();
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    /** Sends one chunk of a chunked body; false when the server closed the connection. */
    boolean chunk(byte[] bytes) {
        return send((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1))
                && send(bytes) && send("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** @return the status code of the response, read within the socket timeout */
    int status() throws IOException {
        String response = readHead();
        return Integer.parseInt(response.substring(9, 12));
    }

    /** @return the response's head and as much of its body as arrives within a moment */
    String response() throws IOException {
        StringBuilder text = new StringBuilder(readHead());
        this.socket.setSoTimeout(500);
        InputStream in = this.socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        }
        catch (SocketTimeoutException ex) {
            // what arrived is enough
        }
        return text.toString();
    }

    private String readHead() throws IOException {
        InputStream in = this.socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before a response: " + head);
            }
            head.write(b);
            byte[] bytes = head.toByteArray();
            int n = bytes.length;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n') {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
    }

    @Override
    public void close() throws IOException {
        this.socket.close();
    }

}
