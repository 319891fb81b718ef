package dev.bitofgit.web;

/** RFC 9457 problem details, the body of every error response. */
record Problem(String type, String title, int status, String detail, String instance, String requestId) {
}
