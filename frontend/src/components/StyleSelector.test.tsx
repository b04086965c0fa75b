import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { StyleSelector } from "./StyleSelector";

describe("StyleSelector", () => {
  it("shows the current style pressed, each with its description", () => {
    render(<StyleSelector value="READING" onChange={vi.fn()} />);
    expect(screen.getByRole("group", { name: "Learning style" })).toBeInTheDocument();
    const reading = screen.getByRole("button", { name: "Reading" });
    expect(reading).toHaveAttribute("aria-pressed", "true");
    expect(reading).toHaveAccessibleDescription(/in-depth written sections/i);
    expect(screen.getAllByRole("button", { pressed: false }).map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^Hands-on/),
      expect.stringMatching(/^Video/),
      expect.stringMatching(/^Mixed/),
    ]);
  });

  it("calls onChange once with the chosen style; the current one does nothing", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<StyleSelector value="HANDS_ON" onChange={onChange} />);
    await user.click(screen.getByRole("button", { name: "Video" }));
    await user.click(screen.getByRole("button", { name: "Hands-on" }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith("VIDEO");
  });

  it("moving through the styles with the keyboard chooses nothing until Enter or Space", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<StyleSelector value="HANDS_ON" onChange={onChange} />);
    await user.tab();
    await user.tab();
    await user.keyboard("{ArrowRight}{ArrowDown}");
    expect(screen.getByRole("button", { name: "Video" })).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
    await user.keyboard("{Enter}");
    expect(onChange).toHaveBeenCalledWith("VIDEO");
    await user.tab();
    await user.keyboard(" ");
    expect(onChange).toHaveBeenLastCalledWith("READING");
  });

  it("ignores choices while disabled without losing focus, and marks the style being prepared", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<StyleSelector value="MIXED" onChange={onChange} disabled busyStyle="READING" />);
    const handsOn = screen.getByRole("button", { name: /Hands-on/ });
    await user.click(handsOn);
    expect(onChange).not.toHaveBeenCalled();
    expect(handsOn).toHaveFocus();
    expect(handsOn).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("button", { name: /Reading/ })).toHaveTextContent("Preparing…");
  });
});
