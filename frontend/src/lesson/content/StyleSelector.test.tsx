import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { StyleSelector } from "./StyleSelector";
import "./testGuard";

describe("StyleSelector", () => {
  it("checks the current style and describes each", () => {
    render(<StyleSelector value="READING" onChange={vi.fn()} />);
    expect(screen.getByRole("radiogroup", { name: "Learning style" })).toBeInTheDocument();
    const reading = screen.getByRole("radio", { name: "Reading" });
    expect(reading).toBeChecked();
    expect(reading).toHaveAccessibleDescription(/Explanations, code examples/);
    expect(screen.getAllByRole("radio", { checked: false })).toHaveLength(3);
  });

  it("calls onChange once with the clicked style", async () => {
    const onChange = vi.fn();
    render(<StyleSelector value="HANDS_ON" onChange={onChange} />);
    await userEvent.setup().click(screen.getByRole("radio", { name: "Video" }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith("VIDEO");
  });

  it("moves and selects with the arrow keys", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(<StyleSelector value="VIDEO" onChange={onChange} />);
    await user.tab();
    expect(screen.getByRole("radio", { name: "Video" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(onChange).toHaveBeenLastCalledWith("READING");
    rerender(<StyleSelector value="READING" onChange={onChange} />);
    expect(screen.getByRole("radio", { name: "Reading" })).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(onChange).toHaveBeenLastCalledWith("VIDEO");
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it("does nothing when disabled, and marks the style being prepared", async () => {
    const onChange = vi.fn();
    render(<StyleSelector value="MIXED" onChange={onChange} disabled busyStyle="READING" />);
    for (const radio of screen.getAllByRole("radio")) expect(radio).toBeDisabled();
    await userEvent.setup().click(screen.getByRole("radio", { name: /Hands-on/ }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole("radio", { name: /Reading/ }).closest("label")).toHaveTextContent("Preparing…");
  });
});
