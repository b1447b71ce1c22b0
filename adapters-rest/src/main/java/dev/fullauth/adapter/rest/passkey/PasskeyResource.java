package dev.fullauth.adapter.rest.passkey;

import dev.fullauth.adapter.rest.error.ErrorResponses;
import dev.fullauth.adapter.rest.error.RequestValidationException;
import dev.fullauth.adapter.rest.error.ValidationIssue;
import dev.fullauth.adapter.rest.support.Caller;
import dev.fullauth.adapter.rest.support.ClientInfoResolver;
import dev.fullauth.adapter.rest.support.Json;
import dev.fullauth.adapter.rest.support.JsonBody;
import dev.fullauth.adapter.rest.support.RateLimits;
import dev.fullauth.adapter.rest.support.StoredText;
import dev.fullauth.adapter.rest.transport.TokenTransport;
import dev.fullauth.application.port.in.passkey.BeginPasskeyAuthenticationUseCase;
import dev.fullauth.application.port.in.passkey.BeginPasskeyRegistrationUseCase;
import dev.fullauth.application.port.in.passkey.CompletePasskeyAuthenticationUseCase;
import dev.fullauth.application.port.in.passkey.CompletePasskeyRegistrationUseCase;
import dev.fullauth.application.port.in.passkey.DeletePasskeyUseCase;
import dev.fullauth.application.port.in.passkey.ListPasskeysUseCase;
import dev.fullauth.application.port.in.passkey.PasskeyLoginResult;
import dev.fullauth.application.port.in.protection.RateBucket;
import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.user.UserId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/** Passkey registration, passwordless login and management (anchor §2.6). */
@Path("api/v1/auth/passkeys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasskeyResource {
  static final String LOGIN_FAILED = "Passkey authentication failed";
  private static final Logger LOG = Logger.getLogger(PasskeyResource.class.getName());

  @Inject BeginPasskeyRegistrationUseCase beginRegistration;
  @Inject CompletePasskeyRegistrationUseCase completeRegistration;
  @Inject BeginPasskeyAuthenticationUseCase beginAuthentication;
  @Inject CompletePasskeyAuthenticationUseCase completeAuthentication;
  @Inject ListPasskeysUseCase list;
  @Inject DeletePasskeyUseCase delete;
  @Inject Caller caller;
  @Inject ClientInfoResolver client;
  @Inject RateLimits rateLimits;
  @Inject TokenTransport transport;

  /** POST /passkeys/register/begin */
  @POST
  @Path("register/begin")
  public Response beginRegistration() {
    var me = caller.require();
    // Each call stores a challenge in the shared cache.
    rateLimits.consume(RateBucket.PASSKEY_REGISTER);
    return Response.ok(PasskeyJson.creationOptions(beginRegistration.begin(me)))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** POST /passkeys/register/complete {"challenge_key", "credential", "device_name"} */
  @POST
  @Path("register/complete")
  public Response completeRegistration(String raw) {
    JsonBody body = JsonBody.required(raw);
    String key = body.requiredString("challenge_key");
    String credential = credential(body);
    String deviceName = body.optionalString("device_name");
    if (deviceName != null && deviceName.length() > Passkey.DEVICE_NAME_MAX) {
      body.addIssue(
          ValidationIssue.tooLong(List.of("body", "device_name"), Passkey.DEVICE_NAME_MAX));
    } else if (!StoredText.isStorable(deviceName)) {
      body.addIssue(StoredText.notStorable(List.of("body", "device_name")));
    }
    body.done();
    // Validation before authentication, as on every route (Caller).
    UserId me = caller.require().user().id();
    Passkey passkey =
        completeRegistration.complete(me, key, credential, deviceName == null ? "" : deviceName);
    return Response.status(201).entity(PasskeyJson.passkey(passkey)).build();
  }

  /** POST /passkeys/authenticate/begin {"email"?} */
  @POST
  @Path("authenticate/begin")
  public Response beginAuthentication(String raw) {
    String email =
        JsonBody.optional(raw)
            .map(
                b -> {
                  String value = b.optionalString("email");
                  b.done();
                  return value;
                })
            .orElse(null);
    rateLimits.consume(RateBucket.PASSKEY_AUTH);
    return Response.ok(
            PasskeyJson.requestOptions(
                beginAuthentication.begin(email == null || email.isBlank() ? null : email)))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** POST /passkeys/authenticate/complete {"challenge_key", "credential"} */
  @POST
  @Path("authenticate/complete")
  public Response completeAuthentication(String raw) {
    JsonBody body = JsonBody.required(raw);
    String key = body.requiredString("challenge_key");
    String credential = credential(body);
    body.done();
    rateLimits.consume(RateBucket.PASSKEY_AUTH);
    return switch (completeAuthentication.complete(key, credential, client.current())) {
      case PasskeyLoginResult.LoggedIn in ->
          transport.loginResponse(in.tokens(), in.user()).build();
      case PasskeyLoginResult.Rejected rejected -> {
        LOG.info(() -> "passkey login refused: " + rejected.reason());
        // No WWW-Authenticate: this is not a bearer-token failure (anchor §2.6).
        yield ErrorResponses.detail(401, LOGIN_FAILED);
      }
    };
  }

  /** GET /passkeys */
  @GET
  public Response list() {
    JsonArrayBuilder out = Json.createArrayBuilder();
    list.passkeys(caller.require().user().id()).forEach(p -> out.add(PasskeyJson.passkey(p)));
    return Response.ok(out.build()).build();
  }

  /** DELETE /passkeys/{passkey_id} */
  @DELETE
  @Path("{passkey_id}")
  public Response delete(@PathParam("passkey_id") String id) {
    UserId me = caller.require().user().id();
    UUID parsed;
    try {
      parsed = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new RequestValidationException(
          List.of(ValidationIssue.invalidUuid(List.of("path", "passkey_id"))));
    }
    delete.delete(me, parsed);
    return Response.noContent().build();
  }

  /** The {@code credential} member as JSON text; records an issue unless it is an object. */
  private static String credential(JsonBody body) {
    JsonValue value = body.object().get("credential");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      body.addIssue(ValidationIssue.missing("credential"));
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      body.addIssue(
          new ValidationIssue(
              "dict_type", List.of("body", "credential"), "Input should be a valid dictionary"));
      return null;
    }
    return value.toString();
  }
}
