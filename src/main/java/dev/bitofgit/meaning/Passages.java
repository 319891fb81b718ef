package dev.bitofgit.meaning;

import dev.bitofgit.store.VectorStore.RepoText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts what the store says about a repository into passages the model reads well: first its name, description and
 * topics, then its README as prose — markup, code blocks, badges and link targets removed — in passages of about
 * {@link #WORDS} words, each led by the heading it sits under. The model reads at most 256 word pieces and its
 * vectors blur as texts grow, so a long README becomes several short passages rather than one long one.
 */
final class Passages {
    static final int WORDS = 90;
    /** A 64 KiB README would make ~100 passages; what a project is about is said near the top. */
    static final int MAX_README_PASSAGES = 24;

    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1[^\\n]*$");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]{0,400}>");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SYMBOLS = Pattern.compile("[*_`>|#=~]+|^\\s*[-+]\\s+|^\\s*\\d+[.)]\\s+", Pattern.MULTILINE);

    private Passages() {
    }

    static List<String> of(RepoText repo) {
        List<String> passages = new ArrayList<>();
        StringBuilder about = new StringBuilder(repo.name().replace('-', ' ').replace('_', ' '));
        repo.description().filter(text -> !text.isBlank()).ifPresent(text -> about.append(": ").append(text.strip()));
        if (!repo.topics().isEmpty()) {
            // No full stop after the list: a topic is a name ("java"), and "java." reads like a Java package.
            about.append(". Topics: ").append(String.join(", ", repo.topics()));
        }
        passages.add(about.toString());
        repo.readme().ifPresent(readme -> passages.addAll(readme(readme)));
        return passages;
    }

    static List<String> readme(String markdown) {
        String text = FENCE.matcher(markdown).replaceAll("\n");
        text = IMAGE.matcher(text).replaceAll(" ");
        text = LINK.matcher(text).replaceAll("$1");
        text = HTML_TAG.matcher(text).replaceAll(" ");
        text = URL.matcher(text).replaceAll(" ");
        List<String> passages = new ArrayList<>();
        String heading = "";
        StringBuilder current = new StringBuilder();
        int words = 0;
        for (String paragraph : text.split("\\n\\s*\\n")) {
            for (String line : paragraph.split("\\n")) {
                var matcher = HEADING.matcher(line);
                if (matcher.matches()) {
                    words = flush(passages, heading, current, words);
                    heading = clean(matcher.group(1));
                } else {
                    String cleaned = clean(line);
                    if (!cleaned.isEmpty()) {
                        current.append(current.isEmpty() ? "" : " ").append(cleaned);
                        words += cleaned.split("\\s+").length;
                    }
                }
            }
            if (words >= WORDS) {
                words = flush(passages, heading, current, words);
            }
            if (passages.size() >= MAX_README_PASSAGES) {
                return passages.subList(0, MAX_README_PASSAGES);
            }
        }
        flush(passages, heading, current, words);
        return passages.size() > MAX_README_PASSAGES ? passages.subList(0, MAX_README_PASSAGES) : passages;
    }

    private static int flush(List<String> passages, String heading, StringBuilder current, int words) {
        if (words >= 3) {
            // A wall of text without blank lines is cut every WORDS words, so no passage outgrows the model.
            String[] all = current.toString().split(" ");
            for (int from = 0; from < all.length; from += WORDS) {
                String chunk = String.join(" ", java.util.Arrays.copyOfRange(all, from, Math.min(all.length, from + WORDS)));
                passages.add(heading.isEmpty() ? chunk : heading + ": " + chunk);
            }
        }
        current.setLength(0);
        return 0;
    }

    private static String clean(String line) {
        return SYMBOLS.matcher(line).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
