package dev.brigade.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Sources (files and folders) to copy into a target folder, with options. Normally each source goes
 * into the target under its own name, like {@code cp -r SOURCE... TARGET/}. A job may instead name each
 * source's exact destination, as a retry of some failed files from deep inside a tree does.
 *
 * @param destinations empty, or one exact destination per source, each inside {@code target}
 */
public record CopyJob(List<Path> sources, Path target, CopyOptions options, List<Path> destinations) {
    public CopyJob {
        sources = List.copyOf(sources);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(options, "options");
        destinations = List.copyOf(destinations);
        if (!destinations.isEmpty() && destinations.size() != sources.size()) {
            throw new IllegalArgumentException(sources.size() + " sources but " + destinations.size() + " destinations");
        }
    }

    public CopyJob(List<Path> sources, Path target, CopyOptions options) {
        this(sources, target, options, List.of());
    }

    /**
     * A job that copies each failed path again to the place it was meant for. A failure to flush a
     * target folder names that folder as its own source: there is nothing to copy again for it, and
     * the retried files flush their folders anew.
     */
    public static CopyJob retryOf(List<FileOutcome> failures, Path target, CopyOptions options) {
        List<FileOutcome> copies = failures.stream().filter(f -> !f.source().equals(f.target())).toList();
        return new CopyJob(copies.stream().map(FileOutcome::source).toList(), target, options,
                copies.stream().map(FileOutcome::target).toList());
    }

    /** The same job with other options. */
    public CopyJob withOptions(CopyOptions newOptions) {
        return new CopyJob(sources, target, newOptions, destinations);
    }
}
