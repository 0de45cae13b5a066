/** Welcome: a person joining a partnership's channel is told its purpose and asked which agency they are with, the same on every platform and through the outbox. */
package org.partnerbot.core.welcome;
