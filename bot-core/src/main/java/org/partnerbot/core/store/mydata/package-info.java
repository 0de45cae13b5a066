/** JDBC reading of everything held about one person, for `my data`. */
package org.partnerbot.core.store.mydata;
