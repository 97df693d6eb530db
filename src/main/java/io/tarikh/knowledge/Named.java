package io.tarikh.knowledge;

import java.util.List;
import java.util.stream.Stream;

/** Something the gazetteers find by name: every Arabic or English form it goes by. */
public interface Named {

    String id();

    Names name();

    List<String> aliases();

    default Stream<String> forms() {
        return Stream.concat(Stream.of(name().ar(), name().en()), aliases().stream());
    }
}
