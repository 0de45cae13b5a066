/** Help: the grammar filtered by the asker's role. */
package org.partnerbot.core.help;
