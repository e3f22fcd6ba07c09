package dev.brigade.core;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Turns an I/O failure into the short reason a person reads next to the path. */
public final class FailureReasons {
    /** The reason of a file that did not fit on the target disk. */
    public static final String NO_SPACE = "no space left on device";
    private FailureReasons() {
    }

    public static String describe(IOException e) {
        if (e instanceof SourceChangedException) {
            return "source changed during copy";
        }
        if (e instanceof SourceVanishedException) {
            return "source vanished";
        }
        if (e instanceof VerificationFailedException) {
            return "verification failed: the copy differs from the source";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        String text = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return lowerFirst(text.strip());
    }

    /**
     * Whether {@code e} says the disk is full. The text is the C library's, which the launcher keeps
     * in English; in another language this answers false, and the file simply fails.
     */
    public static boolean isNoSpace(IOException e) {
        return describe(e).equals(NO_SPACE);
    }

    /** A failure that is not an I/O error: a name the JVM cannot encode, or a defect worth reporting. */
    public static String describe(RuntimeException e) {
        if (e instanceof InvalidPathException) {
            return "name cannot be represented in this system's character set (" + Charset.defaultCharset()
                    + "/" + System.getProperty("sun.jnu.encoding") + "); run Brigade with a UTF-8 locale";
        }
        return "unexpected error: " + e;
    }

    /** OS messages arrive capitalised ("No space left on device"); reasons read as part of a line. */
    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }
}
