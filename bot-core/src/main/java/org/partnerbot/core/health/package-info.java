/** Partnership health: the `report` mirror (every figure from stored data) and minutes exported as Markdown. */
package org.partnerbot.core.health;
