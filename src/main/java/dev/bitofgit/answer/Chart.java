package dev.bitofgit.answer;

import java.util.List;

/** A small chart spec the UI can draw: one series of values over labels ("bar" or "line"). */
public record Chart(String type, String title, String series, List<String> labels, List<Long> values) {
    public Chart {
        labels = List.copyOf(labels);
        values = List.copyOf(values);
    }
}
