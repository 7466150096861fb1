"""The card's domain: request model, validation, catalogue, content packs. No Qt, no drawing."""
