package org.countryofficeportal.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phone's network: a TCP relay on 127.0.0.1 (a secure context, as service workers need) to the portal. Cutting it
 * refuses every connection and drops the open ones, for the page, its service worker and its images alike, as a
 * phone that lost its network sees it; resuming it opens the same address again.
 */
final class Relay implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;
    /** Whether the network is up: a connection accepted while it is being cut is dropped too. */
    private volatile boolean up;

    Relay(URL portal) throws IOException {
        target = new InetSocketAddress(portal.getHost(), portal.getPort());
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        resume();
    }

    /** The portal's address as the phone reaches it. */
    String base() {
        return "http://127.0.0.1:" + port;
    }

    void resume() throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listening = server;
        up = true;
        daemon(() -> {
            while (!server.isClosed()) {
                try {
                    relay(server.accept());
                } catch (IOException e) {
                    // the relay was cut: the phone's connections fail
                }
            }
        });
    }

    private void relay(Socket phone) {
        try {
            Socket portal = new Socket(target.getHostString(), target.getPort());
            open.add(phone);
            open.add(portal);
            if (!up) {
                closeQuietly(phone);
                closeQuietly(portal);
                return;
            }
            daemon(() -> pump(phone, portal));
            daemon(() -> pump(portal, phone));
        } catch (IOException e) {
            closeQuietly(phone);
        }
    }

    void cut() {
        up = false;
        try {
            listening.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open.forEach(Relay::closeQuietly);
        open.clear();
    }

    @Override
    public void close() {
        cut();
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (SocketException e) {
            // one side closed: the other goes too
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "phone-network");
        thread.setDaemon(true);
        thread.start();
    }
}
