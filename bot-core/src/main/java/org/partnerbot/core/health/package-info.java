/** Partnership health: the `report` mirror (every figure from stored data, `HealthCalculator`) and the digest after each meeting, sent through the outbox. */
package org.partnerbot.core.health;
