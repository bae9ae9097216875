package org.chatplan.engine.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Topics and languages a site serves; an empty set means all. */
public record Skills(Set<String> topics, Set<String> languages) {
  public Skills {
    topics = topics == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(topics));
    languages = languages == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(languages));
  }

  /** Serves everything. */
  public static Skills all() {
    return new Skills(Set.of(), Set.of());
  }

  public boolean servesTopic(String topic) {
    return topics.isEmpty() || topics.contains(topic);
  }

  public boolean servesLanguage(String language) {
    return languages.isEmpty() || languages.contains(language);
  }
}
