/**
 * Scenario files for chatplan: the public entry points. {@link org.chatplan.scenarios.ScenarioLoader}
 * turns a YAML/JSON file (or a bundled name) into the engine's
 * {@link org.chatplan.engine.model.Scenario} or into every {@link org.chatplan.scenarios.Problem} it
 * finds; {@link org.chatplan.scenarios.ScenarioOverrides} applies {@code --set} overrides and expands
 * sweep values; {@link org.chatplan.scenarios.ScenarioLibrary} serves the bundled scenarios.
 * Nothing here throws for bad input.
 */
package org.chatplan.scenarios;
