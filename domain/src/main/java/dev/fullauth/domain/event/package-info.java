/** Events about accounts, published after their change committed (the anchor's hooks). */
package dev.fullauth.domain.event;
