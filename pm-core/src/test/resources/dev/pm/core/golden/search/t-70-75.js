pmSearch.shard("70-75",{"published":[2,1],"publishing":[2,2],"push":[0,10],"pushes":[0,3]});
