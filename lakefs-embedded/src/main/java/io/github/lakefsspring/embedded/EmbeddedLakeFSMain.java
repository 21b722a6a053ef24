package io.github.lakefsspring.embedded;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.embedded.store.Durability;
import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;

/**
 * Runs the embedded server standalone:
 * {@code java -jar lakefs-embedded.jar --port 8000 --data-dir DIR [--bind ADDRESS] [--access-key-id ID
 * --secret-access-key SECRET] [--blockstore s3|local] [--durability process|fsync]}. Prints the endpoint when
 * ready and stops cleanly on SIGTERM or Ctrl-C. Exits with status 2 on bad arguments, and refuses to expose lakeFS's
 * public quickstart credentials on a non-loopback address unless {@code --allow-quickstart-credentials-on-network}.
 */
public final class EmbeddedLakeFSMain {

    private static final String USAGE = """
            Usage: java -jar lakefs-embedded.jar [options]
              --port PORT                 port to listen on (default 8000; 0 picks a free one)
              --data-dir DIR              directory to keep data in (default: a temporary directory, deleted on exit)
              --bind ADDRESS              address to bind (default 127.0.0.1)
              --access-key-id ID          access key id clients must use (default: lakeFS's quickstart key)
              --secret-access-key SECRET  secret access key clients must use (default: lakeFS's quickstart secret)
              --blockstore s3|local       blockstore to emulate (default s3)
              --durability process|fsync  process: acknowledged writes survive the process being killed (default);
                                          fsync: they also survive a power loss (each write is forced to the device)
              --user NAME:ACCESS_KEY_ID:SECRET_ACCESS_KEY
                                          another user in the Admins group (repeatable); the configured
                                          pair is user admin
              --login-token-lifetime SECONDS
                                          lifetime of /auth/login tokens (default 604800, lakeFS's 7 days)
              --aws-iam-identity AWS_ACCESS_KEY_ID:AWS_SECRET_ACCESS_KEY:USER
                                          an AWS key pair whose presigned identity logs in as USER (repeatable)
              --web-identity CODE:USER    an OpenID Connect code /sts/login accepts for USER (repeatable)
              --allow-quickstart-credentials-on-network
                                          allow binding a non-loopback address with the quickstart credentials
              --help                      print this help
            """;

    private EmbeddedLakeFSMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedLakeFSServer.Builder builder;
        try {
            builder = parse(args);
        }
        catch (IllegalArgumentException ex) {
            System.err.println("lakefs-embedded: " + ex.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (builder == null) {
            System.out.print(USAGE);
            return;
        }
        EmbeddedLakeFSServer server;
        try {
            server = builder.build().start();
        }
        catch (IllegalStateException ex) {
            System.err.println("lakefs-embedded: " + ex.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "lakefs-embedded-shutdown"));
        printReady(System.out, server);
        stopped.await();
    }

    static EmbeddedLakeFSServer.@Nullable Builder parse(String[] args) {
        EmbeddedLakeFSServer.Builder builder = EmbeddedLakeFSServer.builder().port(8000);
        String accessKeyId = null;
        String secretAccessKey = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (option.equals("--allow-quickstart-credentials-on-network")) {
                builder.allowQuickstartCredentialsOnNetwork(true);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(parsePort(value));
                case "--data-dir" -> builder.dataDirectory(Path.of(value));
                case "--bind" -> builder.bindAddress(value);
                case "--access-key-id" -> accessKeyId = value;
                case "--secret-access-key" -> secretAccessKey = value;
                case "--blockstore" -> builder.blockstoreType(parseBlockstore(value));
                case "--durability" -> builder.durability(parseDurability(value));
                case "--user" -> {
                    String[] user = fields(option, value, "NAME:ACCESS_KEY_ID:SECRET_ACCESS_KEY");
                    builder.user(user[0], user[1], user[2]);
                }
                case "--login-token-lifetime" -> builder.loginTokenLifetime(Duration.ofSeconds(parseSeconds(option,
                        value)));
                case "--aws-iam-identity" -> {
                    String[] identity = fields(option, value, "AWS_ACCESS_KEY_ID:AWS_SECRET_ACCESS_KEY:USER");
                    builder.awsIamIdentity(identity[0], identity[1], identity[2]);
                }
                case "--web-identity" -> {
                    String[] identity = fields(option, value, "CODE:USER");
                    builder.webIdentity(identity[0], identity[1]);
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if ((accessKeyId == null) != (secretAccessKey == null)) {
            throw new IllegalArgumentException("--access-key-id and --secret-access-key must be given together");
        }
        if (accessKeyId != null) {
            builder.credentials(accessKeyId, secretAccessKey);
        }
        return builder;
    }

    /** Splits {@code A:B:C}; the last field may itself contain colons. */
    private static String[] fields(String option, String value, String form) {
        int count = form.split(":").length;
        String[] fields = value.split(":", count);
        if (fields.length != count || Arrays.stream(fields).anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(option + " needs the form " + form);
        }
        return fields;
    }

    private static long parseSeconds(String option, String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 1) {
                return seconds;
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        throw new IllegalArgumentException(option + " " + value + " is invalid: it must be a whole number of "
                + "seconds, at least 1");
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        throw new IllegalArgumentException("--port " + value + " is invalid: it must be a number from 0 to 65535");
    }

    private static BlockstoreType parseBlockstore(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "s3" -> BlockstoreType.S3;
            case "local" -> BlockstoreType.LOCAL;
            default -> throw new IllegalArgumentException("--blockstore " + value + " is invalid: it must be s3 or local");
        };
    }

    private static Durability parseDurability(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "process" -> Durability.PROCESS;
            case "fsync" -> Durability.FSYNC;
            default -> throw new IllegalArgumentException("--durability " + value
                    + " is invalid: it must be process or fsync");
        };
    }

    private static void printReady(PrintStream out, EmbeddedLakeFSServer server) {
        out.println("lakeFS (embedded) is ready at " + server.apiEndpoint());
        out.println("  S3 gateway endpoint: " + server.endpoint());
        out.println("  access key id:       " + server.accessKeyId());
        if (server.secretAccessKey().equals(EmbeddedLakeFSServer.QUICKSTART_SECRET_ACCESS_KEY)) {
            out.println("  secret access key:   " + server.secretAccessKey() + " (lakeFS quickstart default)");
        }
        if (server.usesQuickstartCredentials() && !server.isLoopbackOnly()) {
            out.println("  WARNING: the public quickstart credentials are accepted from the network");
        }
        out.println("  data directory:      " + server.dataDirectory());
        out.flush();
    }

}
