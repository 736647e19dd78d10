package io.articlex.robust;

import io.articlex.boilerplate.BoilerplateStage;
import io.articlex.input.Decoded;
import io.articlex.input.Decoder;
import io.articlex.normalize.Normalizer;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.PageMeta;
import io.articlex.assembly.Presets;
import io.articlex.pipeline.Stage;
import io.articlex.segment.Segmenter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of one text input goes, stage by stage: the tool to find which stage an adversarial
 * input hurts. {@code java -cp target/articlex.jar:target/test-classes io.articlex.robust.StageProfile SIZE [CASE]}
 */
public final class StageProfile {

    private StageProfile() {
    }

    public static void main(String[] args) {
        int size = Integer.parseInt(args[0]);
        String name = args.length > 1 ? args[1] : null;
        String text = name == null ? Hostile.ordinary(size) : Hostile.cases().get(name).apply(size);
        for (int round = 0; round < 3; round++) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            Decoded d = Decoder.decode(bytes);
            long t1 = System.nanoTime();
            String norm = Normalizer.normalize(d.text());
            long t2 = System.nanoTime();
            List<String> paragraphs = Segmenter.segment(norm, BoilerplateStage::isChromeLine);
            long t3 = System.nanoTime();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "decode %.0f ms, normalize %.0f ms, segment %.0f ms (%d paragraphs)",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, paragraphs.size()));
            Draft draft = Draft.of(paragraphs, PageMeta.NONE, d.warnings());
            for (Stage s : Presets.builtIn().text().stages()) {
                long a = System.nanoTime();
                draft = s.apply(draft);
                line.append(String.format(Locale.ROOT, ", %s %.0f ms", s.getClass().getSimpleName(), (System.nanoTime() - a) / 1e6));
            }
            System.out.println(line);
        }
    }
}
