package dev.bitofgit.auth;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which client a request comes from when load balancers stand in front (BITOFGIT_TRUSTED_PROXIES): when the peer is
 * a trusted proxy, the client is the right-most X-Forwarded-For entry that is not itself a trusted proxy. Entries
 * further left are whatever the client claimed and are never believed, so a client cannot pick its rate-limit bucket.
 */
public final class TrustedProxies {
    /** One network: an address and a prefix length (a single address is a /32 or /128). */
    private record Network(byte[] address, int prefix) {
        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            int bits = address.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefix).not().and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, candidate).and(mask));
        }
    }

    private final List<Network> networks;

    private TrustedProxies(List<Network> networks) {
        this.networks = List.copyOf(networks);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** Parses "10.0.0.0/8, 192.168.1.7, ::1"; numeric addresses only (no names, which would need DNS). */
    public static TrustedProxies parse(List<String> entries) {
        List<Network> networks = new ArrayList<>();
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
            networks.add(new Network(address, prefix));
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
        Optional<byte[]> bytes = numeric(address);
        return bytes.isPresent() && networks.stream().anyMatch(network -> network.contains(bytes.get()));
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
