package io.tarikh.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client that hangs up, or sends too much, is the client's doing: no ERROR, no stack trace in our logs. */
@QuarkusTest
class ClientAbortLogTest {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue() || record.getThrown() != null) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
    }

    private static void sendAndHangUp(String head, byte[] body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            Thread.sleep(300); // the resource is now blocked reading the rest
        }
    }

    @Test
    void abortedAndOversizedBodiesAreNotLoggedAsErrors() throws Exception {
        byte[] start = "{\"text\": \"نص لم يكتمل".getBytes(StandardCharsets.UTF_8);
        sendAndHangUp("POST /api/v1/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n", start);
        sendAndHangUp("POST /api/v1/resolve HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
                (Integer.toHexString(start.length) + "\r\n" + new String(start, StandardCharsets.UTF_8) + "\r\n").getBytes(StandardCharsets.UTF_8));
        // Oversized and chunked: answered 413, then the connection is closed under the sender.
        StringBuilder chunks = new StringBuilder("a\r\n{\"text\": \"\r\n");
        String chunk = "ن".repeat(4000);
        for (int i = 0; i < 140; i++) {
            chunks.append(Integer.toHexString(chunk.getBytes(StandardCharsets.UTF_8).length)).append("\r\n").append(chunk).append("\r\n");
        }
        try {
            sendAndHangUp("POST /api/v1/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
                    chunks.toString().getBytes(StandardCharsets.UTF_8));
        } catch (java.net.SocketException e) {
            // the server closed first: expected
        }
        Thread.sleep(1500);
        assertEquals(List.of(), records.stream().map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()
                + (r.getThrown() == null ? "" : " / " + r.getThrown())).toList());
    }
}
