/** Mail adapter: templates and SMTP delivery with Jakarta Mail. */
package dev.fullauth.adapter.mail;
