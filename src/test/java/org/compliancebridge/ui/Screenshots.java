package org.compliancebridge.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a scene shows as PNG under target/screenshots, so people can look at the screens a test visited. */
public final class Screenshots {
    private Screenshots() {
    }

    public static Path save(Scene scene, String name) {
        CompletableFuture<WritableImage> f = new CompletableFuture<>();
        Platform.runLater(() -> f.complete(scene.snapshot(null)));
        try {
            WritableImage img = f.get();
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
