package dev.bitofgit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private final TrustedProxies proxies = TrustedProxies.parse(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8"));

    @Test
    void aTrustedPeer_forwardsTheRightMostUntrustedHop() {
        assertThat(proxies.clientAddress("10.1.2.3", Optional.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.1.2.3", Optional.of("1.1.1.1, 203.0.113.9, 10.9.9.9")))
                .as("the client's own claims (left) are not believed").isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("192.168.1.7", Optional.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(proxies.clientAddress("fd12::1", Optional.of("2001:db8::5"))).isEqualTo("2001:db8::5");
    }

    @Test
    void anUntrustedPeer_orAMalformedChain_isTheClientItself() {
        assertThat(proxies.clientAddress("203.0.113.50", Optional.of("1.2.3.4"))).isEqualTo("203.0.113.50");
        assertThat(proxies.clientAddress("192.168.1.8", Optional.of("1.2.3.4"))).isEqualTo("192.168.1.8");
        assertThat(proxies.clientAddress("11.0.0.1", Optional.of("1.2.3.4"))).isEqualTo("11.0.0.1");
        assertThat(proxies.clientAddress("10.0.0.1", Optional.of("evil.example, 10.0.0.2"))).isEqualTo("10.0.0.1");
        assertThat(proxies.clientAddress("10.0.0.1", Optional.empty())).isEqualTo("10.0.0.1");
        assertThat(TrustedProxies.none().clientAddress("10.0.0.1", Optional.of("1.2.3.4"))).isEqualTo("10.0.0.1");
    }

    @Test
    void badEntries_areRefusedWithTheEntry() {
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("proxy.internal")))
                .hasMessage("'proxy.internal' is not an IP address or CIDR network (like 10.0.0.0/8)");
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("10.0.0.0/33")))
                .hasMessage("'10.0.0.0/33' has a prefix length outside 0..32");
    }

    @Test
    void prefixesAtTheEdges_matchEverything_orExactlyOneAddress() {
        TrustedProxies everyone = TrustedProxies.parse(List.of("0.0.0.0/0", "::/0"));
        assertThat(everyone.clientAddress("203.0.113.50", Optional.of("198.51.100.1, 10.9.9.9")))
                .as("every hop is a trusted proxy: the peer itself").isEqualTo("203.0.113.50");
        assertThat(everyone.clientAddress("2001:db8::1", Optional.of("not-an-address"))).isEqualTo("2001:db8::1");
        TrustedProxies one = TrustedProxies.parse(List.of("192.168.1.7/32", "[::1]"));
        assertThat(one.clientAddress("192.168.1.7", Optional.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(one.clientAddress("192.168.1.6", Optional.of("203.0.113.9"))).isEqualTo("192.168.1.6");
        assertThat(one.clientAddress("::1", Optional.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(TrustedProxies.parse(List.of("10.1.2.3/8")).clientAddress("10.200.0.1", Optional.of("203.0.113.9")))
                .as("host bits set in the network are ignored").isEqualTo("203.0.113.9");
    }
}
