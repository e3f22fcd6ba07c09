package dev.brigade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brigade.core.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fault 6: names and shapes at the edges of what file systems allow. */
class OddNamesIT {
    @TempDir
    Path dir;

    private void assertCopiedExactly(Path src, Path copy) throws Exception {
        String diff = Launcher.sh("diff -r --no-dereference '" + src + "' '" + copy + "' && echo same");
        assertEquals("same\n", diff);
    }

    @Test
    void namesOf255BytesAndAwkwardCharactersCopyUnchanged() throws Exception {
        Path src = dir.resolve("src");
        for (String name : List.of("x".repeat(255), "é".repeat(127), "new\nline", "back\\slash", "-leading-dash",
                "emoji 🚀✨", "tab\tand space ", "quote\"s'")) {
            Trees.file(src.resolve(name), name);
        }
        Launcher.Result result = Launcher.run("copy", src.toString(), dir.resolve("dst").toString());
        assertEquals(0, result.exitCode(), result.err());
        assertCopiedExactly(src, dir.resolve("dst/src"));
    }

    @Test
    void aSourceNamedLikeAnOptionIsCopiedAfterDoubleDash() throws Exception {
        Path dash = Trees.file(dir.resolve("-rf"), "not an option");
        ProcessBuilder copy = Launcher.command("copy", "--", "-rf", dir.resolve("dst").toString());
        copy.directory(dir.toFile());
        Launcher.Result result = Launcher.finish(copy.start(), 60);
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("not an option", Files.readString(dir.resolve("dst/-rf")));
        assertTrue(Files.exists(dash));
    }

    @Test
    void pathsNear4096BytesAnd200LevelsDeepCopyOrFailEachWithAReason() throws Exception {
        Path src = dir.resolve("s");
        Path deep = src;
        while (deep.toString().length() < 3900 && deep.getNameCount() < 200 + dir.getNameCount()) {
            deep = deep.resolve("level-" + String.format("%03d", deep.getNameCount()) + "-abcdefghij");
        }
        Files.createDirectories(deep);
        Trees.file(deep.resolve("leaf.txt"), "deep");
        assertTrue(deep.getNameCount() - dir.getNameCount() >= 200 || deep.toString().length() >= 3900);

        Launcher.Result fits = Launcher.run("copy", src.toString(), dir.resolve("d").toString());
        assertEquals(0, fits.exitCode(), fits.err());
        assertCopiedExactly(src, dir.resolve("d/s"));

        Path longer = dir.resolve("a-destination-whose-name-pushes-the-deepest-paths-beyond-4096-bytes-"
                + "x".repeat(150));
        Launcher.Result tooLong = Launcher.run("copy", src.toString(), longer.toString());
        assertEquals(1, tooLong.exitCode(), tooLong.err());
        assertTrue(tooLong.errLines().stream().anyMatch(l -> l.endsWith(": file name too long")), tooLong.err());
        assertTrue(tooLong.errLines().stream().allMatch(l -> l.startsWith("brigade: failed: ")
                && (l.endsWith(": file name too long") || l.endsWith(": its folder could not be created"))), tooLong.err());
        assertEquals(List.of(), Trees.temporaryFiles(dir));
    }

    @Test
    void namesThatAreNotUtf8KeepTheirExactBytes() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Launcher.sh("cd '" + src + "' && printf latin1 > \"$(printf 'caf\\351')\" && printf raw > \"$(printf 'bad\\377\\376name')\"");
        Launcher.Result result = Launcher.run("copy", src.toString(), dir.resolve("dst").toString());
        assertEquals(0, result.exitCode(), result.err());
        assertCopiedExactly(src, dir.resolve("dst/src"));
        assertEquals(Launcher.sh("ls '" + src + "' | od -c"), Launcher.sh("ls '" + dir.resolve("dst/src") + "' | od -c"));
    }
}
