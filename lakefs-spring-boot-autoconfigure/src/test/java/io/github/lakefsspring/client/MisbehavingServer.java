package io.github.lakefsspring.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A loopback server for failures the embedded server cannot produce, serving one connection: it stays silent (reads
 * nothing, answers nothing), or answers a 200 that declares {@value #DECLARED_LENGTH} bytes and sends only some of
 * them before cutting the connection or stalling.
 */
final class MisbehavingServer implements AutoCloseable {

    /** The length every partial answer declares. */
    static final int DECLARED_LENGTH = 1_000_000;

    private final ServerSocket server;

    private final Thread thread;

    private MisbehavingServer(ConnectionHandler handler) throws IOException {
        this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.thread = new Thread(() -> {
            try (Socket socket = this.server.accept()) {
                handler.handle(socket);
            }
            catch (IOException | InterruptedException ex) {
                // the test is over
            }
        });
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** @return a server that accepts the connection and neither reads nor answers (a small receive buffer) */
    static MisbehavingServer silent() throws IOException {
        return new MisbehavingServer((socket) -> {
            socket.setReceiveBufferSize(4096);
            Thread.sleep(60_000);
        });
    }

    /** @return a server that answers with {@code sent} bytes of the declared length and closes the connection */
    static MisbehavingServer cuttingAfter(int sent) throws IOException {
        return new MisbehavingServer((socket) -> partialAnswer(socket, sent));
    }

    /** @return a server that answers with {@code sent} bytes of the declared length and then sends nothing more */
    static MisbehavingServer stallingAfter(int sent) throws IOException {
        return new MisbehavingServer((socket) -> {
            partialAnswer(socket, sent);
            Thread.sleep(60_000);
        });
    }

    private static void partialAnswer(Socket socket, int sent) throws IOException {
        OutputStream out = socket.getOutputStream();
        socket.getInputStream().read(new byte[8192]);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " + DECLARED_LENGTH
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[sent]);
        out.flush();
    }

    /** @return the server's URL */
    String endpoint() {
        return "http://127.0.0.1:" + this.server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        this.thread.interrupt();
        this.server.close();
    }

    @FunctionalInterface
    private interface ConnectionHandler {

        void handle(Socket socket) throws IOException, InterruptedException;

    }

}
