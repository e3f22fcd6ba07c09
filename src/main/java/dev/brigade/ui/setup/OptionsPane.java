package dev.brigade.ui.setup;

import dev.brigade.core.Policy;
import dev.brigade.core.Sizes;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The per-job options, bound both ways to the remembered settings. */
final class OptionsPane extends GridPane {
    static final List<Integer> BUFFER_SIZES = List.of(64 << 10, 128 << 10, 256 << 10, 1 << 20, 4 << 20, 16 << 20);

    OptionsPane(Settings settings) {
        getStyleClass().add("options");
        setHgap(12);
        setVgap(8);
        setPadding(new Insets(4, 0, 0, 0));

        ToggleGroup policies = new ToggleGroup();
        HBox policyRow = new HBox(14);
        Label explanation = new Label();
        explanation.getStyleClass().add("muted");
        for (Policy policy : List.of(Policy.SKIP, Policy.OVERWRITE, Policy.SYNC)) {
            RadioButton choice = new RadioButton(title(policy));
            choice.setId("policy-" + policy.id());
            choice.setUserData(policy);
            choice.setToggleGroup(policies);
            choice.setSelected(settings.policyProperty().get() == policy);
            policyRow.getChildren().add(choice);
        }
        policies.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                settings.policyProperty().set((Policy) now.getUserData());
            }
        });
        explanation.textProperty().bind(settings.policyProperty().map(p -> explain(p)));
        Label policyLabel = new Label("When a file exists:");
        add(policyLabel, 0, 0);
        add(policyRow, 1, 0);
        add(explanation, 1, 1);

        ComboBox<Integer> buffer = new ComboBox<>();
        buffer.setId("buffer");
        buffer.getItems().setAll(BUFFER_SIZES);
        if (!BUFFER_SIZES.contains(settings.bufferSizeProperty().get())) {
            buffer.getItems().add(settings.bufferSizeProperty().get());
        }
        buffer.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer size) {
                return size == null ? "" : Sizes.format(size);
            }

            @Override
            public Integer fromString(String text) {
                return (int) Sizes.parse(text.replace(" ", ""));
            }
        });
        buffer.setValue(settings.bufferSizeProperty().get());
        buffer.valueProperty().addListener((o, was, now) -> settings.bufferSizeProperty().set(now));
        Label bufferLabel = new Label("_Buffer:");
        bufferLabel.setMnemonicParsing(true);
        bufferLabel.setLabelFor(buffer);

        CheckBox verify = new CheckBox("_Verify after copy");
        verify.setId("verify");
        verify.selectedProperty().bindBidirectional(settings.verifyProperty());
        CheckBox fsync = new CheckBox("_Flush to disk (fsync)");
        fsync.setId("fsync");
        fsync.selectedProperty().bindBidirectional(settings.fsyncProperty());
        HBox row = new HBox(14, buffer, verify, fsync);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        add(bufferLabel, 0, 2);
        add(row, 1, 2);
    }

    private static String title(Policy policy) {
        return switch (policy) {
            case SKIP -> "_Skip";
            case OVERWRITE -> "_Overwrite";
            case SYNC -> "S_ync";
        };
    }

    static String explain(Policy policy) {
        String text = policy.explanation();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
