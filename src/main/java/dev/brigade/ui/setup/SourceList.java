package dev.brigade.ui.setup;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files and folders picked for the next job, each once, in the order they were added. */
public final class SourceList {
    private final ObservableList<Path> paths = FXCollections.observableArrayList();

    /** Adds what a drop or a chooser delivered; paths already present are not added twice. */
    public void addFiles(Collection<File> files) {
        for (File file : files) {
            Path path = file.toPath().toAbsolutePath().normalize();
            if (!paths.contains(path)) {
                paths.add(path);
            }
        }
    }

    public void remove(Collection<Path> selected) {
        paths.removeAll(selected);
    }

    public void clear() {
        paths.clear();
    }

    public ObservableList<Path> paths() {
        return paths;
    }
}
