package dev.bitofgit.app;

/** Where the server runs: {@code local} binds loopback only; {@code cloud} binds every interface. */
public enum DeployMode {
    LOCAL("127.0.0.1"),
    CLOUD("0.0.0.0");

    private final String bindHost;

    DeployMode(String bindHost) {
        this.bindHost = bindHost;
    }

    public String bindHost() {
        return bindHost;
    }
}
