package dev.brigade.ui.setup;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The upper half of the window: what to copy (a drop zone with a list), where to (a destination with
 * recent ones, each also a drop target), how (the options), and the button that queues the job.
 */
public final class SetupPane extends VBox {
    private final SourceList sources;
    private final JobStarter starter;
    private final ComboBox<String> destination = new ComboBox<>();
    private final Label message = new Label();
    private final Button start = new Button("_Copy");

    public SetupPane(SourceList sources, Settings settings, JobStarter.Confirm confirm,
                     java.util.function.Function<JobStarter.Messages, JobStarter> starterFactory) {
        this.sources = sources;
        this.starter = starterFactory.apply(new JobStarter.Messages() {
            @Override
            public void info(String text) {
                show(text, false);
            }

            @Override
            public void error(String text) {
                show(text, true);
            }
        });
        getStyleClass().add("setup");
        setSpacing(10);
        setPadding(new Insets(14, 16, 10, 16));
        getChildren().addAll(sourceArea(), destinationRow(settings), recentRow(settings),
                new OptionsPane(settings), startRow());
    }

    private VBox sourceArea() {
        ListView<Path> list = new ListView<>(sources.paths());
        list.setId("sources");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPrefHeight(120);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString() + (sources.isFolder(item) ? "/" : ""));
                setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            }
        });
        Label placeholder = new Label("Drop files and folders here");
        placeholder.getStyleClass().add("drop-hint");
        list.setPlaceholder(placeholder);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                sources.remove(List.copyOf(list.getSelectionModel().getSelectedItems()));
            }
        });

        Button addFiles = new Button("Add _files…");
        addFiles.setId("add-files");
        addFiles.setOnAction(e -> {
            List<File> files = new FileChooser().showOpenMultipleDialog(window());
            if (files != null) {
                sources.addFiles(files);
            }
        });
        Button addFolder = new Button("Add f_older…");
        addFolder.setId("add-folder");
        addFolder.setOnAction(e -> {
            File folder = new DirectoryChooser().showDialog(window());
            if (folder != null) {
                sources.addFiles(List.of(folder));
            }
        });
        Button remove = new Button("_Remove");
        remove.setId("remove-sources");
        remove.setAccessibleText("Remove the selected items from the list");
        remove.disableProperty().bind(Bindings.isEmpty(list.getSelectionModel().getSelectedItems()));
        remove.setOnAction(e -> sources.remove(List.copyOf(list.getSelectionModel().getSelectedItems())));
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.size(sources.paths()).map(n -> n.intValue() == 0 ? ""
                : n.intValue() == 1 ? "1 item" : n + " items"));
        HBox buttons = new HBox(8, addFiles, addFolder, remove, count);
        buttons.setAlignment(Pos.CENTER_LEFT);

        StackPane zone = new StackPane(list);
        zone.setId("drop-zone");
        zone.getStyleClass().add("drop-zone");
        DropZone.install(zone, this::acceptDropped);
        VBox area = new VBox(6, zone, buttons);
        VBox.setVgrow(zone, Priority.ALWAYS);
        return area;
    }

    private HBox destinationRow(Settings settings) {
        destination.setId("destination");
        destination.setEditable(true);
        destination.setItems(settings.recentDestinations());
        destination.setPromptText("Destination folder, e.g. /media/backup");
        destination.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(destination, Priority.ALWAYS);
        if (!settings.recentDestinations().isEmpty()) {
            destination.getEditor().setText(settings.recentDestinations().get(0));
        }
        Label label = new Label("_Destination:");
        label.setMnemonicParsing(true);
        label.setLabelFor(destination);
        Button choose = new Button("_Choose…");
        choose.setId("choose-destination");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File current = new File(destination.getEditor().getText());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File folder = chooser.showDialog(window());
            if (folder != null) {
                destination.getEditor().setText(folder.getAbsolutePath());
            }
        });
        HBox row = new HBox(8, label, destination, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Recent destinations as buttons: click to pick, or drop files on one to copy there at once. */
    private HBox recentRow(Settings settings) {
        HBox row = new HBox(6);
        row.setId("recent-destinations");
        row.setAlignment(Pos.CENTER_LEFT);
        Runnable rebuild = () -> {
            row.getChildren().clear();
            if (settings.recentDestinations().isEmpty()) {
                return;
            }
            Label label = new Label("Recent:");
            label.getStyleClass().add("muted");
            row.getChildren().add(label);
            for (String recent : settings.recentDestinations()) {
                Button chip = new Button(shortName(recent));
                chip.getStyleClass().add("recent-destination");
                chip.setTooltip(new Tooltip(recent + "\nClick to pick it; drop files here to copy them there now."));
                chip.setAccessibleText("Recent destination " + recent);
                chip.setOnAction(e -> destination.getEditor().setText(recent));
                DropZone.install(chip, files -> starter.startDirect(files, recent));
                row.getChildren().add(chip);
            }
        };
        settings.recentDestinations().addListener((javafx.collections.ListChangeListener<String>) c -> rebuild.run());
        rebuild.run();
        return row;
    }

    private HBox startRow() {
        start.setId("start");
        start.setDefaultButton(true);
        start.getStyleClass().add("accent");
        start.setOnAction(e -> startJob());
        message.setId("setup-message");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        HBox row = new HBox(12, start, message);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Puts the keyboard on the Copy button, so Enter starts a job once sources and a destination are set. */
    public void focusStart() {
        start.requestFocus();
    }

    /** Where files dropped on the drop zone go: the same list the choosers fill. */
    public void acceptDropped(List<File> files) {
        sources.addFiles(files);
    }

    /** Queues the picked sources into the destination field's folder. */
    public void startJob() {
        starter.start(destination.getEditor().getText());
    }

    /** The destination field, for the app's own controls and for tests. */
    public void setDestination(String text) {
        destination.getEditor().setText(text);
    }

    private void show(String text, boolean error) {
        message.setText(text);
        message.getStyleClass().removeAll("error", "info");
        message.getStyleClass().add(error ? "error" : "info");
    }

    private static String shortName(String path) {
        Path p = Path.of(path);
        Path name = p.getFileName();
        return name == null ? path : name.toString();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
