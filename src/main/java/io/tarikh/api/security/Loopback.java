package io.tarikh.api.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether a peer address (a literal IPv4 or IPv6 address, never a host name) is this machine. */
public final class Loopback {

    private Loopback() {
    }

    public static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (!literal.matches("[0-9a-fA-F:.%a-zA-Z]+") || !(literal.contains(":") || literal.matches("[0-9.]+"))) {
            return false; // not an address literal: never resolve names here
        }
        try {
            // 127.0.0.0/8, ::1 and IPv4-mapped ::ffff:127.x.y.z (which Java returns as an Inet4Address).
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
