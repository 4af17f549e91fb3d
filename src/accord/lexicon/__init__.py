"""Every word list the stages use, loaded once into typed, frozen models; one digest is the coder version."""
