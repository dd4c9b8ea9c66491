package vn.tochuc.organization;

/** A row of the tree as listed on screen: enough to draw it and expand it. */
public record TreeNode(long id, String name, OrganizationType type, Long parentId, String path, int depth,
        int childCount) {
}
