/**
 * Plausibility warnings about a scenario that loaded without errors: chats that no site can serve
 * (skills), periods with demand and nobody on shift, and hours whose offered work likely exceeds
 * 95% of agent capacity. They look at the first simulated week in 15-minute UTC slots.
 */
package org.chatplan.scenarios.check;
