package dev.bitofgit.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * Which client a request comes from when load balancers stand in front (BITOFGIT_TRUSTED_PROXIES): when the peer is
 * a trusted proxy, the client is the right-most X-Forwarded-For entry that is not itself a trusted proxy. Entries
 * further left are whatever the client claimed and are never believed, so a client cannot pick its rate-limit bucket.
 */
public final class TrustedProxies {
    /** Jetty's matcher for addresses and CIDR networks; filled once by {@link #parse}, only read afterwards. */
    private final InetAddressSet networks;

    private TrustedProxies(InetAddressSet networks) {
        this.networks = networks;
    }

    public static TrustedProxies none() {
        return new TrustedProxies(new InetAddressSet());
    }

    /** Parses "10.0.0.0/8, 192.168.1.7, ::1"; numeric addresses only (no names, which would need DNS). */
    public static TrustedProxies parse(List<String> entries) {
        InetAddressSet networks = new InetAddressSet();
        for (String entry : entries) {
            String[] parts = entry.trim().split("/", 2);
            byte[] address = numeric(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "'" + entry + "' is not an IP address or CIDR network (like 10.0.0.0/8)"));
            int prefix = address.length * 8;
            if (parts.length == 2) {
                try {
                    prefix = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new IllegalArgumentException("'" + entry + "' has a prefix length outside 0.."
                            + address.length * 8);
                }
            }
            // Handed over in canonical numeric form (Jetty would resolve a name; ours are refused above) and with the
            // host bits cleared: Jetty refuses "10.1.2.3/8", which BITOFGIT_TRUSTED_PROXIES has always taken as 10/8.
            networks.add(address(network(address, prefix)).getHostAddress() + "/" + prefix);
        }
        return new TrustedProxies(networks);
    }

    /** The client's address: the peer itself, unless the peer is a trusted proxy that forwarded the request. */
    public String clientAddress(String peer, Optional<String> forwardedFor) {
        if (!trusted(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        String[] hops = forwardedFor.get().split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (numeric(hop).isEmpty()) {
                return peer; // a malformed hop: believe nothing beyond the proxy
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        return numeric(address).map(bytes -> networks.test(address(bytes))).orElse(false);
    }

    private static byte[] network(byte[] address, int prefix) {
        byte[] network = address.clone();
        for (int bit = prefix; bit < network.length * 8; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return network;
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes); // 4 or 16 bytes from numeric(): never a lookup
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an IPv4 or IPv6 address: " + bytes.length + " bytes", e);
        }
    }

    private static Optional<byte[]> numeric(String text) {
        String value = text.trim();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        boolean ipv4 = value.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = value.contains(":") && value.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value).getAddress()); // numeric: no DNS lookup happens
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
