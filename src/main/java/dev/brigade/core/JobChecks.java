package dev.brigade.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The refusals a job gets before anything is written: each names the path and the reason. Paths are
 * compared as files ({@link Files#isSameFile}, real paths), never as strings, so links and relative
 * spellings cannot sneak a folder into itself.
 */
final class JobChecks {
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    /** A source that passed the checks, with the path it will be copied to. */
    record Root(Path source, Path target, BasicFileAttributes attributes) {
    }

    private JobChecks() {
    }

    static List<Root> check(CopyJob job) throws JobRefusedException {
        if (job.sources().isEmpty()) {
            throw new JobRefusedException("nothing to copy: no sources given");
        }
        Path target = job.target().toAbsolutePath().normalize();
        if (Files.exists(target, NO_FOLLOW) && !Files.isDirectory(target)) {
            throw new JobRefusedException("target exists and is not a folder: " + target);
        }
        Path realTarget = realPathOfMaybeMissing(target);
        Map<Path, Path> byDestination = new HashMap<>();
        List<Root> roots = new ArrayList<>();
        for (int i = 0; i < job.sources().size(); i++) {
            Path source = job.sources().get(i).toAbsolutePath().normalize();
            BasicFileAttributes attributes = sourceAttributes(source);
            Path destination = destination(job, i, source, target);
            Path twin = byDestination.putIfAbsent(destination, source);
            if (twin != null) {
                throw new JobRefusedException("two sources have the same name '" + destination.getFileName() + "': "
                        + twin + " and " + source);
            }
            Path intoFolder = job.destinations().isEmpty() ? realTarget : realPathOfMaybeMissing(destination.getParent());
            if (attributes.isDirectory() && intoFolder.startsWith(realPath(source))) {
                throw new JobRefusedException("cannot copy folder " + source + " into itself: the target "
                        + target + " is inside it");
            }
            if (isSameFile(source, destination)) {
                throw new JobRefusedException("source and target are the same: " + source);
            }
            roots.add(new Root(source, destination, attributes));
        }
        return roots;
    }

    /** Where source {@code i} goes: its exact destination, or the target folder under its own name. */
    private static Path destination(CopyJob job, int i, Path source, Path target) throws JobRefusedException {
        if (!job.destinations().isEmpty()) {
            Path destination = job.destinations().get(i).toAbsolutePath().normalize();
            if (!destination.startsWith(target) || destination.equals(target)) {
                throw new JobRefusedException("destination " + destination + " is not inside the target " + target);
            }
            return destination;
        }
        Path name = source.getFileName();
        if (name == null) {
            throw new JobRefusedException("cannot copy " + source + " itself: it has no name to copy under");
        }
        return target.resolve(name);
    }

    private static BasicFileAttributes sourceAttributes(Path source) throws JobRefusedException {
        try {
            return Files.readAttributes(source, BasicFileAttributes.class, NO_FOLLOW);
        } catch (NoSuchFileException e) {
            throw new JobRefusedException("source does not exist: " + source);
        } catch (IOException e) {
            throw new JobRefusedException("cannot read source " + source + ": " + FailureReasons.describe(e));
        }
    }

    private static boolean isSameFile(Path source, Path destination) {
        if (!Files.exists(destination, NO_FOLLOW)) {
            return false;
        }
        try {
            return Files.isSameFile(source, destination);
        } catch (IOException e) {
            return false; // a destination that cannot be resolved (a dangling link) is not the source
        }
    }

    private static Path realPath(Path path) throws JobRefusedException {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new JobRefusedException("cannot resolve " + path + ": " + FailureReasons.describe(e));
        }
    }

    /** The real path of {@code path}, resolving its deepest existing ancestor, for targets not yet made. */
    private static Path realPathOfMaybeMissing(Path path) throws JobRefusedException {
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new JobRefusedException("target has no existing ancestor: " + path);
        }
        Path real = realPath(existing);
        while (!missing.isEmpty()) {
            real = real.resolve(missing.pop());
        }
        return real;
    }
}
