package dev.brigade.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Builds file trees for tests and compares them the way {@code diff -r} would, links included. */
public final class Trees {
    private Trees() {
    }

    public static Path file(Path path, String content) throws IOException {
        Files.createDirectories(path.getParent());
        return Files.writeString(path, content);
    }

    public static Path randomFile(Path path, int size, long seed) throws IOException {
        Files.createDirectories(path.getParent());
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return Files.write(path, bytes);
    }

    /** Every path under {@code root}, relative, sorted. */
    public static List<Path> listing(Path root) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> paths.add(root.relativize(p)));
        }
        paths.sort(null);
        return paths;
    }

    /** The same names, kinds, bytes and link texts under both roots. */
    public static void assertSameTree(Path expected, Path actual) throws IOException {
        assertEquals(listing(expected), listing(actual), "the same paths");
        for (Path relative : listing(expected)) {
            Path a = expected.resolve(relative);
            Path b = actual.resolve(relative);
            if (Files.isSymbolicLink(a)) {
                assertTrue(Files.isSymbolicLink(b), b + " is a link");
                assertEquals(Files.readSymbolicLink(a), Files.readSymbolicLink(b), b + " link text");
            } else if (Files.isDirectory(a, LinkOption.NOFOLLOW_LINKS)) {
                assertTrue(Files.isDirectory(b, LinkOption.NOFOLLOW_LINKS), b + " is a folder");
            } else if (Files.isRegularFile(a, LinkOption.NOFOLLOW_LINKS)) {
                assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), b + " bytes");
            }
        }
    }

    /** Paths under {@code root} that look like Brigade temporary files. */
    public static List<Path> temporaryFiles(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> TempFiles.isTemporary(p.getFileName())).forEach(found::add);
        }
        return found;
    }

    /**
     * The temporary files under {@code root} of a copy of a file called {@code name}: not those of
     * other files, nor the probe a job makes when it starts.
     */
    public static List<Path> partialsOf(Path root, String name) throws IOException {
        return temporaryFiles(root).stream().filter(p -> p.getFileName().toString().startsWith("." + name + ".brigade-"))
                .toList();
    }
}
