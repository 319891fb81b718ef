// Swagger UI over the hand-written OpenAPI description (works offline: both come from this server; no online validator).
window.ui = SwaggerUIBundle({ url: "/openapi.yaml", dom_id: "#swagger-ui", validatorUrl: null });
