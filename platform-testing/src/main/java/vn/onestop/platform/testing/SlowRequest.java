package vn.onestop.platform.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP/1.1 POST whose body is still on its way: the headers and the first part of the body are
 * sent at once, the rest only on {@link #finish()}. Until then the server has a request in
 * progress, which is what a test of shedding or draining needs (a plain socket, so that nothing in
 * a client library buffers the request).
 */
public final class SlowRequest implements AutoCloseable {

    private final Socket socket;
    private final byte[] rest;

    private SlowRequest(Socket socket, byte[] rest) {
        this.socket = socket;
        this.rest = rest;
    }

    /** Starts a POST of a JSON {@code body} to {@code url} with a bearer token, holding back the body's second half. */
    public static SlowRequest post(String url, String bearer, String body) {
        URI uri = URI.create(url);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int half = bytes.length / 2;
        String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\n"
                + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + "Authorization: Bearer " + bearer + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\n"
                + "Connection: close\r\n\r\n";
        try {
            Socket socket = new Socket(uri.getHost(), uri.getPort());
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, half);
            out.flush();
            byte[] rest = new byte[bytes.length - half];
            System.arraycopy(bytes, half, rest, 0, rest.length);
            return new SlowRequest(socket, rest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a request to " + url, e);
        }
    }

    /** Sends the rest of the body and returns the answer's status line and headers (e.g. "HTTP/1.1 404 Not Found ..."). */
    public String finish() {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(rest);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            StringBuilder head = new StringBuilder();
            for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                head.append(line).append('\n');
            }
            return head.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("the request's answer did not come", e);
        }
    }

    /** The status code of an answer {@link #finish()} returned. */
    public static int status(String head) {
        String[] parts = head.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IllegalStateException("not an HTTP answer: " + head);
        }
        return Integer.parseInt(parts[1]);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
