/** Microsoft Teams adapter: Bot Framework activities in, Adaptive Cards out; every Bot Framework type stays in here. */
package org.partnerbot.teams;
