/** The App Home tab: a person's actions, duties and next meetings across their partnerships. */
package org.partnerbot.slack.home;
