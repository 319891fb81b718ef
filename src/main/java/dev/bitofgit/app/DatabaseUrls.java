package dev.bitofgit.app;

import java.util.regex.Pattern;

/** Removes credentials from JDBC URLs before they are shown anywhere. */
final class DatabaseUrls {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//)[^/@]*@");

    private DatabaseUrls() {
    }

    static String redact(String url) {
        String withoutParameter = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(withoutParameter).replaceAll("$1***@");
    }
}
