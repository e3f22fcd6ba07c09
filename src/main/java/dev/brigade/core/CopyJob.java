package dev.brigade.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Sources (files and folders) to copy into a target folder, each under its own name, with options. */
public record CopyJob(List<Path> sources, Path target, CopyOptions options) {
    public CopyJob {
        sources = List.copyOf(sources);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(options, "options");
    }
}
