/** Setting a partnership up and who belongs to it: `setup`, `purpose`, agencies, members, chairs and admins (the model itself is in `partnership`, which the grammar depends on). */
package org.partnerbot.core.membership;
